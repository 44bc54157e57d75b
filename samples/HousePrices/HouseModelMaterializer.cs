using Microsoft.ML;
using Weft;

namespace HousePrices;

/// <summary>
/// Stores a trained ML.NET model as ML.NET's own model zip (loadable with <c>MLContext.Model.Load</c> outside Weft),
/// with fixed entry timestamps so that the same model always gives the same bytes.
/// </summary>
public sealed class HouseModelMaterializer : IMaterializer<ITransformer>
{
    /// <inheritdoc />
    public async ValueTask WriteAsync(ITransformer value, Stream destination, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(destination);
        // Saving and loading draw no random numbers; the seed only keeps the context reproducible by construction.
        var ml = new MLContext(seed: 0);
        using var zip = new MemoryStream();
        ml.Model.Save(value, HousePriceModel.InputSchema(ml), zip);
        zip.Position = 0;
        await DeterministicZip.CopyAsync(zip, destination, ct);
    }

    /// <inheritdoc />
    public async ValueTask<ITransformer> ReadAsync(Stream source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        // ML.NET reads the zip's central directory first, which needs a seekable stream.
        using var zip = new MemoryStream();
        await source.CopyToAsync(zip, ct);
        zip.Position = 0;
        var ml = new MLContext(seed: 0);
        return ml.Model.Load(zip, out _);
    }
}
