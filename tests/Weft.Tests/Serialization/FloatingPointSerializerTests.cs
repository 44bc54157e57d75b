using Weft.Serialization;

namespace Weft.Tests.Serialization;

public class FloatingPointSerializerTests
{
    [Theory]
    [InlineData(double.NaN, "\"NaN\"")]
    [InlineData(double.PositiveInfinity, "\"Infinity\"")]
    [InlineData(double.NegativeInfinity, "\"-Infinity\"")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e-300, "1E-300")]
    [InlineData(double.MaxValue, "1.7976931348623157E+308")]
    public void Doubles_round_trip_including_non_finite_values(double value, string json)
    {
        Assert.Equal(json, Json.Text(BuiltInSerializers.Double, value));
        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(Json.RoundTrip(BuiltInSerializers.Double, value)));
    }

    [Fact]
    public void Doubles_keep_every_bit_of_awkward_values()
    {
        foreach (var value in new[] { 1.0 / 3.0, double.Epsilon, -double.Epsilon, 123456789.123456789, Math.PI, -0.0 })
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(Json.RoundTrip(BuiltInSerializers.Double, value)));
        }
    }

    [Theory]
    [InlineData(float.NaN, "\"NaN\"")]
    [InlineData(float.PositiveInfinity, "\"Infinity\"")]
    [InlineData(float.NegativeInfinity, "\"-Infinity\"")]
    [InlineData(0.1f, "0.1")]
    public void Singles_round_trip_including_non_finite_values(float value, string json)
    {
        Assert.Equal(json, Json.Text(BuiltInSerializers.Single, value));
        Assert.Equal(BitConverter.SingleToInt32Bits(value), BitConverter.SingleToInt32Bits(Json.RoundTrip(BuiltInSerializers.Single, value)));
    }

    [Fact]
    public void Singles_keep_every_bit_of_awkward_values()
    {
        foreach (var value in new[] { 1f / 3f, float.Epsilon, float.MaxValue, float.MinValue, -0f })
        {
            Assert.Equal(BitConverter.SingleToInt32Bits(value), BitConverter.SingleToInt32Bits(Json.RoundTrip(BuiltInSerializers.Single, value)));
        }
    }

    [Fact]
    public void Named_values_other_than_the_three_are_rejected()
    {
        var error = Json.Malformed(BuiltInSerializers.Double, "\"nan\"");
        Assert.Contains("float64", error.Message, StringComparison.Ordinal);
        Json.Malformed(BuiltInSerializers.Single, "\"Inf\"");
    }
}
