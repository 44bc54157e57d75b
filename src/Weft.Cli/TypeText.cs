namespace Weft.Cli;

/// <summary>Type names as a user wrote them: <c>global::System.Int32</c>, <c>global::Demo.Houses</c> and <c>System.Collections.Generic.List&lt;Demo.House&gt;</c> read <c>int</c>, <c>Demo.Houses</c> and <c>List&lt;Demo.House&gt;</c>.</summary>
internal static class TypeText
{
    private static readonly Dictionary<string, string> s_keywords = new(StringComparer.Ordinal)
    {
        ["System.Boolean"] = "bool", ["System.Byte"] = "byte", ["System.SByte"] = "sbyte", ["System.Int16"] = "short",
        ["System.UInt16"] = "ushort", ["System.Int32"] = "int", ["System.UInt32"] = "uint", ["System.Int64"] = "long",
        ["System.UInt64"] = "ulong", ["System.Single"] = "float", ["System.Double"] = "double", ["System.Decimal"] = "decimal",
        ["System.Char"] = "char", ["System.String"] = "string", ["System.Object"] = "object",
    };

    public static string Short(string typeName)
    {
        var text = typeName.Replace("global::", string.Empty, StringComparison.Ordinal);
        foreach (var (full, keyword) in s_keywords)
        {
            text = ReplaceWord(text, full, keyword);
        }

        // Collections are read by their shape (List<House>); their namespace only widens the column.
        return text.Replace("Weft.DataFile", "DataFile", StringComparison.Ordinal)
            .Replace("System.Collections.Generic.", string.Empty, StringComparison.Ordinal);
    }

    private static string ReplaceWord(string text, string word, string replacement)
    {
        var index = 0;
        while ((index = text.IndexOf(word, index, StringComparison.Ordinal)) >= 0)
        {
            var end = index + word.Length;
            var startsWord = index == 0 || !IsNamePart(text[index - 1]);
            var endsWord = end == text.Length || !IsNamePart(text[end]);
            if (startsWord && endsWord)
            {
                text = string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(end));
                index += replacement.Length;
            }
            else
            {
                index = end;
            }
        }

        return text;
    }

    private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c is '_' or '.';
}
