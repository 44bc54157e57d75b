using System.Globalization;
using Weft;
using Weft.RuntimeHost;

// Usage: Weft.RuntimeHost killable <store> <journal> <gate> | ladder <store> <journal> <gate> <start> <delayMs>
// Prints the run's id and status; exits 0 when the run succeeded.
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: Weft.RuntimeHost killable <store> <journal> <gate> | ladder <store> <journal> <gate> <start> <delayMs>");
    return 2;
}

var options = new RunOptions { StorePath = args[1] };
var run = args[0] switch
{
    "killable" => await Killable.RunAsync(args[2], args[3], options),
    "ladder" => await Ladder.RunAsync(args[2], args[3], int.Parse(args[4], CultureInfo.InvariantCulture), int.Parse(args[5], CultureInfo.InvariantCulture), options),
    _ => throw new ArgumentException($"Unknown pipeline '{args[0]}'."),
};
Console.WriteLine($"{run.RunId} {run.Status} {run.Error}");
return run.Status == RunStatus.Succeeded ? 0 : 1;
