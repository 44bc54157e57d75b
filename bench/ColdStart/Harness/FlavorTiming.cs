namespace ColdStartHarness;

/// <summary>One flavor's timings in one case.</summary>
internal sealed record FlavorTiming(Flavor Flavor, Distribution Timing);
