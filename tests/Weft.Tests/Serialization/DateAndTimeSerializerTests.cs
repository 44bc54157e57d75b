using Weft.Serialization;

namespace Weft.Tests.Serialization;

public class DateAndTimeSerializerTests
{
    [Theory]
    [InlineData(DateTimeKind.Utc)]
    [InlineData(DateTimeKind.Unspecified)]
    [InlineData(DateTimeKind.Local)]
    public void DateTimes_keep_ticks_and_kind(DateTimeKind kind)
    {
        var value = new DateTime(638_000_000_000_000_123, kind);
        var back = Json.RoundTrip(BuiltInSerializers.DateTime, value);
        Assert.Equal(value.Ticks, back.Ticks);
        Assert.Equal(kind, back.Kind);
    }

    [Fact]
    public void Utc_date_times_are_iso_8601_with_z()
        => Assert.Equal("\"2024-12-31T23:59:58.5Z\"", Json.Text(BuiltInSerializers.DateTime, new DateTime(2024, 12, 31, 23, 59, 58, 500, DateTimeKind.Utc)));

    [Fact]
    public void DateTimeOffsets_keep_their_offset()
    {
        var value = new DateTimeOffset(2024, 2, 29, 8, 30, 0, TimeSpan.FromHours(-5.5)).AddTicks(7);
        var back = Json.RoundTrip(BuiltInSerializers.DateTimeOffset, value);
        Assert.Equal(value.Ticks, back.Ticks);
        Assert.Equal(value.Offset, back.Offset);
    }

    [Fact]
    public void TimeSpans_use_the_constant_format()
    {
        var value = -new TimeSpan(3, 4, 5, 6).Add(TimeSpan.FromTicks(7));
        Assert.Equal("\"-3.04:05:06.0000007\"", Json.Text(BuiltInSerializers.TimeSpan, value));
        Assert.Equal(value, Json.RoundTrip(BuiltInSerializers.TimeSpan, value));
        Assert.Equal(TimeSpan.MaxValue, Json.RoundTrip(BuiltInSerializers.TimeSpan, TimeSpan.MaxValue));
        Assert.Equal(TimeSpan.MinValue, Json.RoundTrip(BuiltInSerializers.TimeSpan, TimeSpan.MinValue));
    }

    [Fact]
    public void DateOnly_and_TimeOnly_are_iso_8601()
    {
        Assert.Equal("\"2024-12-31\"", Json.Text(BuiltInSerializers.DateOnly, new DateOnly(2024, 12, 31)));
        Assert.Equal(DateOnly.MinValue, Json.RoundTrip(BuiltInSerializers.DateOnly, DateOnly.MinValue));
        Assert.Equal(DateOnly.MaxValue, Json.RoundTrip(BuiltInSerializers.DateOnly, DateOnly.MaxValue));

        var time = new TimeOnly(13, 45, 30).Add(TimeSpan.FromTicks(1234567));
        Assert.Equal("\"13:45:30.1234567\"", Json.Text(BuiltInSerializers.TimeOnly, time));
        Assert.Equal(time, Json.RoundTrip(BuiltInSerializers.TimeOnly, time));
        Assert.Equal(TimeOnly.MaxValue, Json.RoundTrip(BuiltInSerializers.TimeOnly, TimeOnly.MaxValue));
    }

    [Fact]
    public void Malformed_dates_name_the_expected_shape()
    {
        Assert.Contains("datetime", Json.Malformed(BuiltInSerializers.DateTime, "\"yesterday\"").Message, StringComparison.Ordinal);
        Assert.Contains("timespan", Json.Malformed(BuiltInSerializers.TimeSpan, "\"1 hour\"").Message, StringComparison.Ordinal);
        Assert.Contains("date", Json.Malformed(BuiltInSerializers.DateOnly, "\"2024-02-30\"").Message, StringComparison.Ordinal);
        Assert.Contains("time", Json.Malformed(BuiltInSerializers.TimeOnly, "1300").Message, StringComparison.Ordinal);
        Assert.Contains("guid", Json.Malformed(BuiltInSerializers.Guid, "\"not-a-guid\"").Message, StringComparison.Ordinal);
    }
}
