namespace Weft.Generators.Caching;

/// <summary>The kinds of declared names a cached result can depend on, each looked up by simple name.</summary>
internal enum NameKind
{
    /// <summary>A type or delegate (and, for <c>FooAttribute</c>, also <c>Foo</c>, as attribute lookup finds it).</summary>
    Type,

    /// <summary>A namespace, by its last segment.</summary>
    Namespace,

    /// <summary>A constant or enum member, whose value a lowered argument or attribute can hold.</summary>
    Constant,

    /// <summary>A method.</summary>
    Method,

    /// <summary>A property or field.</summary>
    Member,
}
