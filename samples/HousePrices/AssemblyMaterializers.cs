using Weft;
using HousePrices;
using Microsoft.ML;

// ITransformer is ML.NET's type, so the materializer is named on the assembly rather than on the type.
[assembly: Materializer(typeof(ITransformer), typeof(HouseModelMaterializer))]
