using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Weft.Generators.Caching;
using Weft.Generators.Helpers;
using Weft.Generators.Model;
using Weft.Generators.Serialization;

namespace Weft.Generators.Parsing;

/// <summary>
/// Lowers a <c>Define</c> body to nodes: each step call becomes a node, each local bound to a call becomes the
/// output it carries, and each argument becomes an artifact, parameter or constant binding.
/// </summary>
/// <remarks>
/// The grammar is deliberately closed: anything it does not know is reported at that node, naming the construct,
/// rather than guessed at. Conditional guards and fan-out will slot in as new statement cases here.
/// </remarks>
internal sealed partial class BodyLowering
{
    private readonly string _pipeline;
    private readonly IMethodSymbol _define;
    private readonly MethodSignature _defineSignature;
    private readonly SemanticModel _model;
    private readonly WeftSymbols _symbols;
    private readonly CodeFingerprinter _fingerprinter;
    private readonly Dependencies _dependencies;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly CancellationToken _ct;
    // Locals are keyed by their identifier's position in the body: asking the compiler for each local's symbol (and hashing
    // symbols) cost more than the rest of their lowering.
    private readonly Dictionary<int, LocalBinding> _locals = new();
    private readonly Dictionary<IMethodSymbol, StepInfo> _steps = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<string, IMethodSymbol> _stepsByName = new();
    private readonly Dictionary<string, int> _callCounts = new();
    private readonly HashSet<string> _nodeNames = new();
    private readonly List<NodeSpec> _nodes = new();
    // Locals whose own statement is already an error: their uses are not reported again.
    private readonly HashSet<int> _failedLocals = new();
    private bool _failed;

    public BodyLowering(string pipeline, IMethodSymbol define, SemanticModel model, WeftSymbols symbols, CodeFingerprinter fingerprinter,
        Dependencies dependencies, List<DiagnosticInfo> diagnostics, bool fastPath, CancellationToken ct)
    {
        _fastPath = fastPath;
        _observer = BodyLoweringMode.Current;
        _dependencies = dependencies;
        _pipeline = pipeline;
        _define = define;
        _defineSignature = MethodSignatures.Of(define, model.Compilation);
        _model = model;
        _symbols = symbols;
        _fingerprinter = fingerprinter;
        _diagnostics = diagnostics;
        _ct = ct;
    }

    /// <summary>The nodes in body order, or null when the body cannot be lowered (diagnostics say why).</summary>
    public List<NodeSpec>? Lower(MethodDeclarationSyntax define)
    {
        // Parser recovery can make a call look well formed that the binder sees otherwise: an editor's half-typed body is bound.
        _fastPath &= !define.ContainsDiagnostics && !_define.IsGenericMethod
            && _define.ContainingType is { ContainingType: null, IsGenericType: false };
        _body = (SyntaxNode?)define.Body ?? define.ExpressionBody;
        if (define.ExpressionBody is { } arrow)
        {
            LowerExpressionStatement(arrow.Expression);
        }
        else if (define.Body is { } body)
        {
            foreach (var statement in body.Statements)
            {
                _ct.ThrowIfCancellationRequested();
                LowerStatement(statement);
            }
        }

        return _failed ? null : _nodes;
    }

    private void LowerStatement(StatementSyntax statement)
    {
        switch (statement)
        {
            case LocalDeclarationStatementSyntax { IsConst: true } constant:
                // A const local is a named constant; its uses bind as constants.
                if (_fastPath)
                {
                    foreach (var variable in constant.Declaration.Variables)
                    {
                        if (_model.GetDeclaredSymbol(variable, _ct) is ILocalSymbol local)
                        {
                            _constLocals[local.Name] = local;
                        }
                    }
                }

                return;
            case LocalDeclarationStatementSyntax { UsingKeyword.RawKind: 0, AwaitKeyword.RawKind: 0 } local when local.Declaration.Variables.Count == 1:
                LowerLocal(local.Declaration.Variables[0]);
                return;
            case LocalDeclarationStatementSyntax local:
                Unsupported(local, local.UsingKeyword.RawKind != 0 ? "a 'using' declaration" : "a declaration of several locals");
                FailLocals(local);
                return;
            case ExpressionStatementSyntax expression:
                LowerExpressionStatement(expression.Expression);
                return;
            case EmptyStatementSyntax:
                return;
            default:
                Unsupported(statement, SyntaxDescriptions.Describe(statement));
                return;
        }
    }

    private void LowerLocal(VariableDeclaratorSyntax variable)
    {
        if (variable.Initializer is null)
        {
            Unsupported(variable, $"local '{variable.Identifier.ValueText}' without a step call");
            FailLocals(variable);
            return;
        }

        if (!IsCall(variable.Initializer.Value))
        {
            Unsupported(variable.Initializer.Value,
                $"local '{variable.Identifier.ValueText}' initialized with '{SyntaxDescriptions.Short(variable.Initializer.Value)}', which is not a step call,");
            FailLocals(variable);
            return;
        }

        var call = LowerCall(variable.Initializer.Value);
        if (call is null || DeclareLocal(variable, variable.Identifier) is not { } local)
        {
            FailLocals(variable);
            return;
        }

        var (node, step) = call.Value;
        if (step.Outputs.Count == 0)
        {
            // The compiler already reports assigning void; nothing to bind.
            _failed = true;
            _failedLocals.Add(local.Position);
            return;
        }

        var declared = (variable.Parent as VariableDeclarationSyntax)?.Type;
        var localType = LocalType(variable, declared, CallType(variable.Initializer.Value, step));
        _localTypes[local.Position] = localType;
        _localsByName[local.Name] = local;
        if (step.ReturnsTuple)
        {
            _locals[local.Position] = new LocalBinding(node.Name, step.Name, null, new List<string>(), step);
            return;
        }

        var chain = new List<string> { TypeNames.CastName(step.Outputs[0].Type) };
        AddToChain(chain, TypeNames.CastName(localType));
        _locals[local.Position] = new LocalBinding(node.Name, step.Name, StepOutputName(node, 0), chain, step);
    }

    private void LowerExpressionStatement(ExpressionSyntax expression)
    {
        if (expression is AssignmentExpressionSyntax assignment)
        {
            if (assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Left is DeclarationExpressionSyntax or TupleExpressionSyntax)
            {
                LowerDeconstruction(assignment);
            }
            else
            {
                Unsupported(assignment, $"an assignment to '{SyntaxDescriptions.Short(assignment.Left)}'");
            }

            return;
        }

        if (!IsCall(expression))
        {
            Unsupported(expression, $"the expression '{SyntaxDescriptions.Short(expression)}'");
            return;
        }

        LowerCall(expression);
    }

    private void LowerDeconstruction(AssignmentExpressionSyntax assignment)
    {
        var targets = DeconstructionTargets(assignment.Left);
        if (targets is null)
        {
            Unsupported(assignment.Left, "a nested or non-local deconstruction");
            FailLocals(assignment.Left);
            return;
        }

        if (!IsCall(assignment.Right))
        {
            Unsupported(assignment.Right, $"deconstruction of '{SyntaxDescriptions.Short(assignment.Right)}', which is not a step call,");
            FailLocals(assignment.Left);
            return;
        }

        var call = LowerCall(assignment.Right);
        if (call is null)
        {
            FailLocals(assignment.Left);
            return;
        }

        var (node, step) = call.Value;
        if (!step.ReturnsTuple || step.Outputs.Count != targets.Count)
        {
            Unsupported(assignment, $"deconstruction of step '{step.Name}', which does not return a tuple of {targets.Count} elements,");
            FailLocals(assignment.Left);
            return;
        }

        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i] is not { } target)
            {
                continue;
            }

            if (DeclareLocal(target, target.Identifier) is { } local)
            {
                // A tuple step's element type is what 'var' infers for its local, awaited or not, as long as the call is well formed.
                var localType = LocalType(target, DeclaredType(target), CallType(assignment.Right, step) is null ? null : step.Outputs[i].Type);
                _localTypes[local.Position] = localType;
                _localsByName[local.Name] = local;
                var chain = new List<string> { TypeNames.CastName(step.Outputs[i].Type) };
                AddToChain(chain, TypeNames.CastName(localType));
                _locals[local.Position] = new LocalBinding(node.Name, step.Name, node.Outputs[i].Name, chain, step);
            }
        }
    }

    /// <summary>The designations of <c>var (a, b)</c> or <c>(var a, var b)</c>; null entries are discards.</summary>
    private static List<SingleVariableDesignationSyntax?>? DeconstructionTargets(ExpressionSyntax left)
    {
        var result = new List<SingleVariableDesignationSyntax?>();
        switch (left)
        {
            case DeclarationExpressionSyntax { Designation: ParenthesizedVariableDesignationSyntax designation }:
                foreach (var variable in designation.Variables)
                {
                    switch (variable)
                    {
                        case SingleVariableDesignationSyntax single: result.Add(single); break;
                        case DiscardDesignationSyntax: result.Add(null); break;
                        default: return null;
                    }
                }

                return result;
            case TupleExpressionSyntax tuple:
                foreach (var argument in tuple.Arguments)
                {
                    switch (argument.Expression)
                    {
                        case DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax single }: result.Add(single); break;
                        case DeclarationExpressionSyntax { Designation: DiscardDesignationSyntax }: result.Add(null); break;
                        case IdentifierNameSyntax { Identifier.ValueText: "_" }: result.Add(null); break;
                        default: return null;
                    }
                }

                return result;
            default:
                return null;
        }
    }

    private static bool IsCall(ExpressionSyntax expression)
    {
        var inner = Unwrap(expression);
        if (inner is AwaitExpressionSyntax awaited)
        {
            inner = Unwrap(awaited.Expression);
        }

        return inner is InvocationExpressionSyntax;
    }

    private static ExpressionSyntax Unwrap(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    private static void AddToChain(List<string> chain, string type)
    {
        if (chain.Count == 0 || chain[chain.Count - 1] != type)
        {
            chain.Add(type);
        }
    }

    private static string StepOutputName(NodeSpec node, int index) => node.Outputs[index].Name;

    /// <summary>Marks every local that <paramref name="declaration"/> declares as failed (only walked on error paths).</summary>
    private void FailLocals(SyntaxNode declaration)
    {
        foreach (var node in declaration.DescendantNodesAndSelf())
        {
            switch (node)
            {
                case VariableDeclaratorSyntax variable:
                    _failedLocals.Add(variable.Identifier.SpanStart);
                    break;
                case SingleVariableDesignationSyntax designation:
                    _failedLocals.Add(designation.Identifier.SpanStart);
                    break;
            }
        }
    }

    private void Unsupported(SyntaxNode node, string construct)
    {
        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedBodyConstruct, node.GetLocation(), _pipeline, construct));
        _failed = true;
    }
}
