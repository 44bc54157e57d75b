using Weft;

namespace Unseen.Correct;

// Built beside the mistakes: no diagnostic, and its generated code compiles.
[Pipeline]
public static partial class Tuning
{
    static void Define(int n = 3)
    {
        var plain = S.Tune(n);
        var careful = S.Tune(plain, Mode.Careful, 4);
        var named = S.Tune(careful, limit: null, mode: null);
        var twice = S.Twice(named);
        var again = S.Twice(twice);
        S.Add(twice, again);
    }
}
