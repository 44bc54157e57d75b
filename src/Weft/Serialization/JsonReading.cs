using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Weft.Serialization;

/// <summary>
/// Token checks shared by the built-in and the generated serializers. Every failure becomes an
/// <see cref="ArtifactFormatException"/> that says what was expected, what was found and where.
/// </summary>
public static class JsonReading
{
    private const int MaxQuotedLength = 40;

    /// <summary>Moves to the next token.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="expected">What the caller expects next, for the message when the input ends.</param>
    /// <exception cref="ArtifactFormatException">The input ends.</exception>
    public static void Advance(ref Utf8JsonReader reader, string expected)
    {
        if (!reader.Read())
        {
            throw new ArtifactFormatException($"Truncated artifact: expected {expected} but the input ended.");
        }
    }

    /// <summary>Checks that the current token is of <paramref name="tokenType"/>.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="tokenType">The required token type.</param>
    /// <param name="expected">What the caller expects, for the message.</param>
    /// <exception cref="ArtifactFormatException">The token is of another type.</exception>
    public static void Expect(ref Utf8JsonReader reader, JsonTokenType tokenType, string expected)
    {
        if (reader.TokenType != tokenType)
        {
            throw Unexpected(ref reader, expected);
        }
    }

    /// <summary>An exception saying that the current token is not <paramref name="expected"/>.</summary>
    /// <param name="reader">The reader, on the offending token.</param>
    /// <param name="expected">What was expected, e.g. "an int32 (a JSON integer)".</param>
    public static ArtifactFormatException Unexpected(ref Utf8JsonReader reader, string expected)
        => new($"Expected {expected} but found {Describe(ref reader)} at byte {reader.TokenStartIndex}.");

    /// <summary>
    /// Moves from the start of an object, or from the end of a member's value, to the next member name.
    /// </summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeName">The type being read, for messages.</param>
    /// <returns><see langword="true"/> on a member name; <see langword="false"/> on the end of the object.</returns>
    /// <exception cref="ArtifactFormatException">The input ends.</exception>
    public static bool NextMember(ref Utf8JsonReader reader, string typeName)
    {
        Advance(ref reader, $"a member of {typeName} or the end of the object");
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return false;
        }

        Expect(ref reader, JsonTokenType.PropertyName, $"a member name of {typeName}");
        return true;
    }

    /// <summary>Moves from a member name to the first token of its value.</summary>
    /// <param name="reader">The reader, on the member name.</param>
    /// <param name="typeName">The type being read, for messages.</param>
    /// <param name="member">The member, for messages.</param>
    /// <exception cref="ArtifactFormatException">The input ends.</exception>
    public static void MemberValue(ref Utf8JsonReader reader, string typeName, string member)
        => Advance(ref reader, $"the value of {typeName}.{member}");

    /// <summary>An exception for a member name that the type does not have.</summary>
    /// <param name="reader">The reader, on the member name.</param>
    /// <param name="typeName">The type being read.</param>
    public static ArtifactFormatException UnknownMember(ref Utf8JsonReader reader, string typeName)
        => new($"Unexpected member '{Quote(reader.GetString())}' of {typeName} at byte {reader.TokenStartIndex}: the artifact has another shape.");

    /// <summary>An exception for a member that the artifact lacks.</summary>
    /// <param name="typeName">The type being read.</param>
    /// <param name="member">The missing member.</param>
    public static ArtifactFormatException MissingMember(string typeName, string member)
        => new($"Member '{member}' of {typeName} is missing: the artifact has another shape.");

    /// <summary>An exception for a member that occurs twice.</summary>
    /// <param name="typeName">The type being read.</param>
    /// <param name="member">The repeated member.</param>
    public static ArtifactFormatException DuplicateMember(string typeName, string member)
        => new($"Member '{member}' of {typeName} occurs more than once.");

    private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => $"the string \"{Quote(reader.GetString())}\"",
        JsonTokenType.Number => $"the number {Quote(Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray()))}",
        JsonTokenType.PropertyName => $"the member name \"{Quote(reader.GetString())}\"",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.EndObject => "the end of an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.EndArray => "the end of an array",
        JsonTokenType.None => "nothing",
        _ => reader.TokenType.ToString(),
    };

    private static string Quote(string? text)
        => text is null ? string.Empty : text.Length <= MaxQuotedLength ? text : string.Concat(text.AsSpan(0, MaxQuotedLength), "...");
}
