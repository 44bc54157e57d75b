using System.Runtime.CompilerServices;
using Weft.Generators.Parsing;

namespace Weft.Generators.Tests.FastPath;

/// <summary>
/// Every generator run of this test project parses each pipeline twice, with the Define fast path and by binding, and
/// turns any difference in result or recorded dependencies into WEFT0000: so every snapshot, diagnostic, incremental and
/// robustness test (over a thousand mutated pipelines) is also a differential test of the fast path. Likewise every step
/// option read from attribute syntax is read again by binding the attributes, and every step or Define signature read from
/// its declaration (MethodSignatures) is read again from the symbol: parameters, types with their nullable annotations and
/// tuple names, ref kinds and defaults must all agree.
/// </summary>
internal static class CrossCheckEverywhere
{
#pragma warning disable CA2255 // a test assembly: the check must be on before any test's first generator run, whatever the order
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Enable()
    {
        BodyLoweringMode.CrossCheck = true;
        StepAttributeMode.CrossCheck = true;
    }
}
