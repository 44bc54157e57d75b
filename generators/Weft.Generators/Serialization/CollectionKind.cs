namespace Weft.Generators.Serialization;

/// <summary>The collection families the generator serializes.</summary>
internal enum CollectionKind
{
    /// <summary><c>T[]</c> (other than <c>byte[]</c>, which is raw bytes).</summary>
    Array,

    /// <summary><c>List&lt;T&gt;</c>.</summary>
    List,

    /// <summary><c>IEnumerable&lt;T&gt;</c>, <c>IReadOnlyList&lt;T&gt;</c>, <c>IList&lt;T&gt;</c>, <c>ICollection&lt;T&gt;</c>, <c>IReadOnlyCollection&lt;T&gt;</c>: read back as a <c>List&lt;T&gt;</c>.</summary>
    ListInterface,

    /// <summary><c>Dictionary&lt;string, T&gt;</c>.</summary>
    Dictionary,

    /// <summary><c>IReadOnlyDictionary&lt;string, T&gt;</c>, <c>IDictionary&lt;string, T&gt;</c>: read back as a <c>Dictionary&lt;string, T&gt;</c>.</summary>
    DictionaryInterface,
}
