// This project must not build: Mistakes.cs holds one structural pipeline error per class.
Console.WriteLine(Correct.Pipelines.Doubling.Definition.Name);
