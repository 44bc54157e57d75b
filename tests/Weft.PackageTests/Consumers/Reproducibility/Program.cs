using Reproducibility;

// Code that no step reaches may read the clock, the environment and files: none of this is reported.
Settings.Threshold = Environment.ProcessorCount;
var started = DateTime.Now;
var config = File.Exists("appsettings.json") ? File.ReadAllText("appsettings.json") : "";
Console.WriteLine($"{Steps.Stamp("run")} {config.Length} {Guid.NewGuid()} {started:O}");
