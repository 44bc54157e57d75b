namespace Weft;

/// <summary>A step failure that says itself what happened, instead of "failed: &lt;exception type&gt;: &lt;message&gt;".</summary>
internal interface IStepFailure
{
    /// <summary>The step's error line, naming <paramref name="node"/> and the cause.</summary>
    string Describe(string node);
}
