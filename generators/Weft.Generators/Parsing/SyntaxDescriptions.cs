using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Weft.Generators.Parsing;

/// <summary>Names a construct in words for diagnostics ("an 'if' statement").</summary>
internal static class SyntaxDescriptions
{
    private static readonly Regex s_whitespace = new(@"\s+", RegexOptions.CultureInvariant);

    public static string Describe(StatementSyntax statement) => statement switch
    {
        IfStatementSyntax => "an 'if' statement",
        ForEachStatementSyntax or ForEachVariableStatementSyntax => "a 'foreach' loop",
        ForStatementSyntax => "a 'for' loop",
        WhileStatementSyntax => "a 'while' loop",
        DoStatementSyntax => "a 'do' loop",
        TryStatementSyntax => "a 'try' statement",
        UsingStatementSyntax => "a 'using' statement",
        LockStatementSyntax => "a 'lock' statement",
        ReturnStatementSyntax => "a 'return' statement",
        ThrowStatementSyntax => "a 'throw' statement",
        SwitchStatementSyntax => "a 'switch' statement",
        LocalFunctionStatementSyntax local => $"local function '{local.Identifier.ValueText}'",
        BlockSyntax => "a nested block",
        CheckedStatementSyntax => "a 'checked' block",
        UnsafeStatementSyntax => "an 'unsafe' block",
        FixedStatementSyntax => "a 'fixed' statement",
        GotoStatementSyntax => "a 'goto' statement",
        LabeledStatementSyntax => "a labeled statement",
        YieldStatementSyntax => "a 'yield' statement",
        BreakStatementSyntax => "a 'break' statement",
        ContinueStatementSyntax => "a 'continue' statement",
        _ => $"the statement '{Short(statement)}'",
    };

    /// <summary>The node's text on one line, cut at 60 characters.</summary>
    public static string Short(SyntaxNode node)
    {
        var text = s_whitespace.Replace(node.ToString(), " ").Trim();
        return text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
