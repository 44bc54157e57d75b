namespace HousePrices;

/// <summary>The model's price for an example house next to the market formula's noise-free price.</summary>
/// <param name="House">What the house is, in words.</param>
/// <param name="Expected">The formula's price, in thousands.</param>
/// <param name="Predicted">The model's price, in thousands.</param>
public sealed record PricePrediction(string House, float Expected, float Predicted);
