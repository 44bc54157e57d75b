using Microsoft.CodeAnalysis;

namespace Weft.Generators.Parsing;

/// <summary>
/// One parameter of a <see cref="MethodSignature"/>: what the generator reads of it, taken either from the declaration's
/// syntax or from the bound <see cref="IParameterSymbol"/> (see <see cref="MethodSignatures"/>).
/// </summary>
internal sealed class SignatureParameter
{
    public SignatureParameter(string name, int ordinal, ITypeSymbol type, RefKind refKind, bool isParams, bool hasAttributes,
        bool hasExplicitDefaultValue, object? explicitDefaultValue, Location? location, IParameterSymbol? symbol)
    {
        Name = name;
        Ordinal = ordinal;
        Type = type;
        RefKind = refKind;
        IsParams = isParams;
        HasAttributes = hasAttributes;
        HasExplicitDefaultValue = hasExplicitDefaultValue;
        ExplicitDefaultValue = explicitDefaultValue;
        Location = location;
        Symbol = symbol;
    }

    public string Name { get; }

    public int Ordinal { get; }

    public ITypeSymbol Type { get; }

    public RefKind RefKind { get; }

    public bool IsParams { get; }

    /// <summary>Whether attributes are applied to the parameter: they can supply or change what an omitted argument is.</summary>
    public bool HasAttributes { get; }

    public bool HasExplicitDefaultValue { get; }

    /// <summary>The default value as the compiler gives it (null for <c>null</c>, <c>default</c> of a struct, or a default in error).</summary>
    public object? ExplicitDefaultValue { get; }

    /// <summary>The parameter's name in its declaration (where the compiler reports it).</summary>
    public Location? Location { get; }

    /// <summary>The bound parameter, when the signature was read from the symbol (its declaration is then asked for details).</summary>
    public IParameterSymbol? Symbol { get; }

    /// <summary>
    /// The parameter an argument was bound to by the compiler, for what an input reads of it (name, ordinal and type); its
    /// default is not read, as a bound argument already holds it.
    /// </summary>
    public static SignatureParameter Bound(IParameterSymbol parameter)
        => new(parameter.Name, parameter.Ordinal, parameter.Type, parameter.RefKind, parameter.IsParams, hasAttributes: false,
            hasExplicitDefaultValue: false, explicitDefaultValue: null, parameter.Locations.IsEmpty ? null : parameter.Locations[0], parameter);

    /// <summary>The parameter as the symbol gives it; reads its default only when it has one (that binds the default).</summary>
    public static SignatureParameter From(IParameterSymbol parameter)
    {
        var hasDefault = parameter.HasExplicitDefaultValue;
        return new SignatureParameter(parameter.Name, parameter.Ordinal, parameter.Type, parameter.RefKind, parameter.IsParams,
            !parameter.GetAttributes().IsEmpty, hasDefault, hasDefault ? parameter.ExplicitDefaultValue : null,
            parameter.Locations.IsEmpty ? null : parameter.Locations[0], parameter);
    }
}
