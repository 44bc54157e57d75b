// Only restored and asked which analyzer files it would compile with; never built.
Console.WriteLine("analyzer choice");
