namespace ColdStartHarness;

/// <summary>One flavor's timings and, for a published app, the size of its folder.</summary>
internal sealed record FlavorResult(Flavor Flavor, Distribution Timing, FolderSize? Size);
