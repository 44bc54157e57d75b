using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace HousePrices;

/// <summary>The ML.NET side of the sample: the featurization and trainer, the model's input schema, and scoring.</summary>
public static class HousePriceModel
{
    /// <summary>The label column: what the model predicts.</summary>
    public const string Label = nameof(House.Price);

    /// <summary>The column the trained model writes its predictions to.</summary>
    public const string Score = "Score";

    private const string Features = "Features";

    /// <summary>One-hot neighbourhood, numeric features as floats, then a FastTree regression on the price.</summary>
    public static IEstimator<ITransformer> CreateEstimator(MLContext ml, int trees)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentOutOfRangeException.ThrowIfLessThan(trees, 1);
        var trainer = new FastTreeRegressionTrainer.Options
        {
            LabelColumnName = Label,
            FeatureColumnName = Features,
            NumberOfTrees = trees,
            NumberOfLeaves = 20,
            MinimumExampleCountPerLeaf = 10,
            LearningRate = 0.2,
        };
        return ml.Transforms.Categorical.OneHotEncoding("NeighborhoodOneHot", nameof(House.Neighborhood))
            .Append(ml.Transforms.Conversion.ConvertType(
                [
                    new InputOutputColumnPair("BedroomsF", nameof(House.Bedrooms)),
                    new InputOutputColumnPair("AgeF", nameof(House.Age)),
                    new InputOutputColumnPair("GarageF", nameof(House.HasGarage)),
                ],
                DataKind.Single))
            .Append(ml.Transforms.Concatenate(Features, nameof(House.Size), "BedroomsF", "AgeF", nameof(House.DistanceKm), "GarageF", "NeighborhoodOneHot"))
            .Append(ml.Regression.Trainers.FastTree(trainer));
    }

    /// <summary>
    /// The schema of the rows a model consumes. ML.NET stores it in the model file; it is derived from <see cref="House"/>
    /// rather than carried with the model because every model of this sample is trained on houses.
    /// </summary>
    public static DataViewSchema InputSchema(MLContext ml)
    {
        ArgumentNullException.ThrowIfNull(ml);
        return ml.Data.LoadFromEnumerable(Array.Empty<House>()).Schema;
    }

    /// <summary>The model's predicted price of each house, in order.</summary>
    public static float[] Predict(MLContext ml, ITransformer model, IEnumerable<House> houses)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(model);
        var scored = model.Transform(ml.Data.LoadFromEnumerable(houses));
        return [.. scored.GetColumn<float>(Score)];
    }
}
