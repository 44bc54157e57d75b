using System.Globalization;

namespace Weft.Serialization;

/// <summary>
/// Parses pipeline parameter values given on the command line (<c>--param name=value</c>), culture-invariantly. Generated
/// code calls these; each throws <see cref="FormatException"/> naming the expected type on bad input.
/// </summary>
public static class ParameterParsing
{
    /// <summary>Parses <c>true</c> or <c>false</c> (any case).</summary>
    /// <param name="value">The text.</param>
    public static bool ParseBoolean(string value)
        => bool.TryParse(value, out var result) ? result : throw Invalid(value, "bool", "true or false");

    /// <summary>Parses a <see cref="byte"/>.</summary>
    /// <param name="value">The text.</param>
    public static byte ParseByte(string value) => byte.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result)
        ? result : throw Invalid(value, "byte", "an integer from 0 to 255");

    /// <summary>Parses an <see cref="sbyte"/>.</summary>
    /// <param name="value">The text.</param>
    public static sbyte ParseSByte(string value) => sbyte.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result)
        ? result : throw Invalid(value, "sbyte", "an integer from -128 to 127");

    /// <summary>Parses a <see cref="short"/>.</summary>
    /// <param name="value">The text.</param>
    public static short ParseInt16(string value) => short.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result)
        ? result : throw Invalid(value, "short", "an integer from -32768 to 32767");

    /// <summary>Parses a <see cref="ushort"/>.</summary>
    /// <param name="value">The text.</param>
    public static ushort ParseUInt16(string value) => ushort.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result)
        ? result : throw Invalid(value, "ushort", "an integer from 0 to 65535");

    /// <summary>Parses an <see cref="int"/>.</summary>
    /// <param name="value">The text.</param>
    public static int ParseInt32(string value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result)
        ? result : throw Invalid(value, "int", "a 32-bit integer");

    /// <summary>Parses a <see cref="uint"/>.</summary>
    /// <param name="value">The text.</param>
    public static uint ParseUInt32(string value) => uint.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result)
        ? result : throw Invalid(value, "uint", "a non-negative 32-bit integer");

    /// <summary>Parses a <see cref="long"/>.</summary>
    /// <param name="value">The text.</param>
    public static long ParseInt64(string value) => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result)
        ? result : throw Invalid(value, "long", "a 64-bit integer");

    /// <summary>Parses a <see cref="ulong"/>.</summary>
    /// <param name="value">The text.</param>
    public static ulong ParseUInt64(string value) => ulong.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result)
        ? result : throw Invalid(value, "ulong", "a non-negative 64-bit integer");

    /// <summary>Parses a <see cref="float"/> (<c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c> included).</summary>
    /// <param name="value">The text.</param>
    public static float ParseSingle(string value) => float.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var result)
        ? result : throw Invalid(value, "float", "a number such as 0.25");

    /// <summary>Parses a <see cref="double"/> (<c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c> included).</summary>
    /// <param name="value">The text.</param>
    public static double ParseDouble(string value) => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var result)
        ? result : throw Invalid(value, "double", "a number such as 0.25");

    /// <summary>Parses a <see cref="decimal"/>.</summary>
    /// <param name="value">The text.</param>
    public static decimal ParseDecimal(string value) => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var result)
        ? result : throw Invalid(value, "decimal", "a number such as 12.50");

    /// <summary>Parses a <see cref="char"/>: exactly one character.</summary>
    /// <param name="value">The text.</param>
    public static char ParseChar(string value) => value is { Length: 1 } ? value[0] : throw Invalid(value, "char", "exactly one character");

    /// <summary>Parses a <see cref="DateTime"/> in ISO 8601 form (an offset or <c>Z</c> keeps its kind).</summary>
    /// <param name="value">The text.</param>
    public static DateTime ParseDateTime(string value)
        => DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var result)
            ? result : throw Invalid(value, "DateTime", "a date and time such as 2024-12-31T23:59:00Z");

    /// <summary>Parses a <see cref="DateTimeOffset"/> in ISO 8601 form.</summary>
    /// <param name="value">The text.</param>
    public static DateTimeOffset ParseDateTimeOffset(string value)
        => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var result)
            ? result : throw Invalid(value, "DateTimeOffset", "a date and time with offset such as 2024-12-31T23:59:00+01:00");

    /// <summary>Parses a <see cref="TimeSpan"/> such as <c>1.02:03:04</c> or <c>00:30:00</c>.</summary>
    /// <param name="value">The text.</param>
    public static TimeSpan ParseTimeSpan(string value)
        => TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var result)
            ? result : throw Invalid(value, "TimeSpan", "a duration such as 00:30:00 or 1.02:03:04");

    /// <summary>Parses a <see cref="Guid"/>.</summary>
    /// <param name="value">The text.</param>
    public static Guid ParseGuid(string value)
        => Guid.TryParse(value, out var result) ? result : throw Invalid(value, "Guid", "a GUID such as 00000000-0000-0000-0000-000000000000");

    /// <summary>Parses a <see cref="DateOnly"/> such as <c>2024-12-31</c>.</summary>
    /// <param name="value">The text.</param>
    public static DateOnly ParseDateOnly(string value)
        => DateOnly.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var result)
            ? result : throw Invalid(value, "DateOnly", "a date such as 2024-12-31");

    /// <summary>Parses a <see cref="TimeOnly"/> such as <c>13:45</c> or <c>13:45:30.5</c>.</summary>
    /// <param name="value">The text.</param>
    public static TimeOnly ParseTimeOnly(string value)
        => TimeOnly.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var result)
            ? result : throw Invalid(value, "TimeOnly", "a time such as 13:45:30");

    /// <summary>Parses a <see cref="DataFile"/>: a local path or a <c>file://</c> URI.</summary>
    /// <param name="value">The text.</param>
    public static DataFile ParseDataFile(string value)
    {
        try
        {
            return DataFile.From(value);
        }
        catch (ArgumentException ex)
        {
            // The outer message says all that DataFile.From's does, without its "(Parameter 'pathOrUri')".
            throw new FormatException($"'{value}' is not a valid DataFile: expected a local path or a file:// URI.", ex);
        }
    }

    /// <summary>Parses an enum member by name, ignoring case.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The text.</param>
    /// <param name="typeName">The enum's name, for the message.</param>
    /// <param name="names">The member names.</param>
    /// <param name="values">The member values, in the order of <paramref name="names"/>.</param>
    public static TEnum ParseEnum<TEnum>(string value, string typeName, string[] names, TEnum[] values)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(values);
        var trimmed = value?.Trim();
        for (var i = 0; i < names.Length && i < values.Length; i++)
        {
            if (string.Equals(names[i], trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return values[i];
            }
        }

        throw Invalid(value, typeName, "one of " + string.Join(", ", names));
    }

    /// <summary>
    /// Parses a value of a nullable parameter (<c>int?</c>, an enum's <c>Mode?</c>): an empty text or <c>null</c> (any case) is
    /// no value, anything else goes through <paramref name="parseValue"/>.
    /// </summary>
    /// <typeparam name="T">The underlying value type.</typeparam>
    /// <param name="value">The text.</param>
    /// <param name="parseValue">Parses a present value.</param>
    public static T? ParseNullable<T>(string value, Func<string, T> parseValue)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(parseValue);
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) || string.Equals(trimmed, "null", StringComparison.OrdinalIgnoreCase)
            ? null
            : parseValue(value!);
    }

    /// <summary>Parses a comma-separated list (an empty text is an empty array), each item through <paramref name="parseItem"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="value">The text.</param>
    /// <param name="parseItem">Parses one item.</param>
    public static T[] ParseArray<T>(string value, Func<string, T> parseItem)
    {
        ArgumentNullException.ThrowIfNull(parseItem);
        if (string.IsNullOrEmpty(value))
        {
            return [];
        }

        var items = value.Split(',');
        var result = new T[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            result[i] = parseItem(items[i]);
        }

        return result;
    }

    private static FormatException Invalid(string? value, string typeName, string expected)
        => new($"'{value}' is not a valid {typeName}: expected {expected}.");
}
