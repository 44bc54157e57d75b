using System.Text;
using System.Text.Json;

namespace Weft.Serialization;

/// <summary>
/// The member names of one generated object serializer, and the strict reading loop they share: every member must
/// occur exactly once, and no other member may occur, because a stored artifact of another shape must never pass for
/// this one. Generated code switches on the index <see cref="Next"/> returns and reads that member's value itself.
/// </summary>
public sealed class JsonObjectMembers
{
    private readonly string _typeName;
    private readonly string[] _names;
    private readonly byte[][] _utf8Names;
    private readonly string _objectExpected;
    private readonly string _memberExpected;
    private readonly string _nameExpected;
    private readonly string[] _valueExpected;

    /// <summary>Describes an object of <paramref name="typeName"/> stored with members <paramref name="names"/>, in that order.</summary>
    /// <param name="typeName">The type as messages name it (<c>Demo.HouseTable</c>).</param>
    /// <param name="names">The JSON member names; the index of each is what <see cref="Next"/> returns for it.</param>
    public JsonObjectMembers(string typeName, params string[] names)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        ArgumentNullException.ThrowIfNull(names);
        _typeName = typeName;
        _names = names;
        _utf8Names = new byte[names.Length][];
        _valueExpected = new string[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            _utf8Names[i] = Encoding.UTF8.GetBytes(names[i]);
            _valueExpected[i] = $"the value of {typeName}.{names[i]}";
        }

        _objectExpected = "an object for " + typeName;
        _memberExpected = $"a member of {typeName} or the end of the object";
        _nameExpected = $"a member name of {typeName}";
    }

    /// <summary>How many members the object has (the length of the span given to <see cref="Next"/>).</summary>
    public int Count => _names.Length;

    /// <summary>Checks that the reader is on the start of an object.</summary>
    /// <exception cref="ArtifactFormatException">It is on something else.</exception>
    public void Start(ref Utf8JsonReader reader) => JsonReading.Expect(ref reader, JsonTokenType.StartObject, _objectExpected);

    /// <summary>
    /// Moves to the next member's value and returns that member's index, or -1 at the end of the object.
    /// </summary>
    /// <param name="reader">The reader, on the start of the object or on the last token of the previous member's value.</param>
    /// <param name="seen">One flag per member (<see cref="Count"/> of them), all false at the start of the object.</param>
    /// <exception cref="ArtifactFormatException">A member is unknown or repeated, or the input ends.</exception>
    public int Next(ref Utf8JsonReader reader, scoped Span<bool> seen)
    {
        JsonReading.Advance(ref reader, _memberExpected);
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return -1;
        }

        JsonReading.Expect(ref reader, JsonTokenType.PropertyName, _nameExpected);
        for (var i = 0; i < _utf8Names.Length; i++)
        {
            if (reader.ValueTextEquals(_utf8Names[i]))
            {
                if (seen[i])
                {
                    throw JsonReading.DuplicateMember(_typeName, _names[i]);
                }

                seen[i] = true;
                JsonReading.Advance(ref reader, _valueExpected[i]);
                return i;
            }
        }

        throw JsonReading.UnknownMember(ref reader, _typeName);
    }

    /// <summary>Checks that every member was read.</summary>
    /// <exception cref="ArtifactFormatException">A member is missing (the first one, in member order).</exception>
    public void RequireAll(ReadOnlySpan<bool> seen)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (!seen[i])
            {
                throw JsonReading.MissingMember(_typeName, _names[i]);
            }
        }
    }
}
