using System.Globalization;
using System.Security.Cryptography;

namespace Weft.Kubernetes.Manifests;

/// <summary>Run ids for rendered runs, in the runtime's form: <c>yyyyMMdd-HHmmss-xxxxxx</c> (UTC, six random hex digits).</summary>
internal static class RunIds
{
    public static string New()
    {
        var now = DateTimeOffset.UtcNow;
        return string.Create(CultureInfo.InvariantCulture, $"{now:yyyyMMdd'-'HHmmss}-{RandomNumberGenerator.GetInt32(0x1000000):x6}");
    }
}
