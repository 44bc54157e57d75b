namespace Weft.Kubernetes.Tests.Orchestration;

/// <summary>
/// A test against a real cluster: it runs only when <c>WEFT_E2E_KUBECONFIG</c> names a kubeconfig, and is reported skipped
/// with what it needs otherwise.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class E2EFactAttribute : FactAttribute
{
    public const string Variable = "WEFT_E2E_KUBECONFIG";

    public E2EFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"Needs a real cluster: set {Variable} to its kubeconfig, WEFT_E2E_IMAGE to an image of tests/Weft.Kubernetes.TestApp, "
                + "WEFT_E2E_STORE_CLAIM to a ReadWriteMany claim and WEFT_E2E_STORE to where this machine sees that claim's volume.";
        }
    }
}
