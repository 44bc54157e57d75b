namespace HousePrices;

/// <summary>One house sold on the (synthetic) market: its features and the price it sold for.</summary>
/// <param name="Size">Living area in square metres.</param>
/// <param name="Bedrooms">Number of bedrooms.</param>
/// <param name="Age">Years since the house was built.</param>
/// <param name="DistanceKm">Distance to the city centre in kilometres.</param>
/// <param name="Neighborhood">One of <see cref="HouseMarket.Neighborhoods"/>.</param>
/// <param name="HasGarage">Whether the house has a garage.</param>
/// <param name="Price">Sale price in thousands.</param>
public sealed record House(float Size, int Bedrooms, int Age, float DistanceKm, string Neighborhood, bool HasGarage, float Price);
