namespace Weft.Generators.Parsing;

/// <summary>What an attribute written on a method is, as far as reading step options from syntax is concerned.</summary>
internal enum WeftAttributeKind
{
    /// <summary>Certainly none of Weft's method attributes.</summary>
    Foreign,

    /// <summary><c>Weft.StepAttribute</c>.</summary>
    Step,

    /// <summary><c>Weft.ResourcesAttribute</c>.</summary>
    Resources,

    /// <summary><c>Weft.ImageAttribute</c>.</summary>
    Image,

    /// <summary>Not known without binding the attribute (an alias, an ambiguity, an error...).</summary>
    Uncertain,
}
