using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Weft.Generators.Parsing;

internal sealed partial class BodyLowering
{
    /// <summary>A step call resolved from syntax and lookups alone, with every argument's form and type known.</summary>
    private sealed class PlannedCall
    {
        public PlannedCall(InvocationExpressionSyntax invocation, IMethodSymbol method, MethodSignature signature, bool awaited, ITypeSymbol? type,
            List<PlannedArgument> arguments)
        {
            Invocation = invocation;
            Method = method;
            Signature = signature;
            Awaited = awaited;
            Type = type;
            Arguments = arguments;
        }

        public InvocationExpressionSyntax Invocation { get; }

        public IMethodSymbol Method { get; }

        public MethodSignature Signature { get; }

        public bool Awaited { get; }

        /// <summary>The type of the (awaited) call expression; null when it has none.</summary>
        public ITypeSymbol? Type { get; }

        /// <summary>In the order C# evaluates them: as written, then the omitted ones in parameter order.</summary>
        public List<PlannedArgument> Arguments { get; }
    }

    private enum PlannedKind
    {
        /// <summary>An omitted CancellationToken: the runtime supplies it.</summary>
        Token,
        Constant,
        Local,
        TupleElement,
        DefineParameter,
        Call,
    }

    /// <summary>One argument of a <see cref="PlannedCall"/>, and what the binder would have recorded as read for it.</summary>
    private sealed class PlannedArgument
    {
        public PlannedArgument(SignatureParameter parameter, PlannedKind kind, SyntaxNode reportAt)
        {
            Parameter = parameter;
            Kind = kind;
            ReportAt = reportAt;
        }

        public SignatureParameter Parameter { get; }

        public PlannedKind Kind { get; }

        /// <summary>Where a problem with the argument is reported: its expression, or the call when it was omitted.</summary>
        public SyntaxNode ReportAt { get; }

        /// <summary>The argument's own type, before any conversion to the parameter's.</summary>
        public ITypeSymbol? Type { get; set; }

        /// <summary>True when the argument reaches the parameter through a non-identity implicit conversion.</summary>
        public bool Converted { get; set; }

        public object? Constant { get; set; }

        /// <summary>The const field or enum member an argument names, if any.</summary>
        public IFieldSymbol? ConstantField { get; set; }

        public DeclaredLocal? Local { get; set; }

        public LocalBinding? Binding { get; set; }

        public IFieldSymbol? Field { get; set; }

        public int TupleIndex { get; set; }

        public SignatureParameter? DefineParameter { get; set; }

        public PlannedCall? Nested { get; set; }
    }
}
