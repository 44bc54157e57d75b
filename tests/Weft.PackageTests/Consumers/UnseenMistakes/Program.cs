Console.WriteLine(Unseen.Correct.Tuning.Definition.Nodes.Count);
