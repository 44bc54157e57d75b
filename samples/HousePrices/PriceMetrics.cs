namespace HousePrices;

/// <summary>How well a model predicts held-out prices.</summary>
/// <param name="RSquared">Coefficient of determination (1 is perfect).</param>
/// <param name="Rmse">Root mean squared error, in thousands.</param>
/// <param name="Mae">Mean absolute error, in thousands.</param>
/// <param name="Houses">Number of held-out houses scored.</param>
public sealed record PriceMetrics(double RSquared, double Rmse, double Mae, int Houses);
