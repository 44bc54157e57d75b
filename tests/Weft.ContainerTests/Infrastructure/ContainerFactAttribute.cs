namespace Weft.ContainerTests.Infrastructure;

/// <summary>
/// A test that needs podman and docker-registry. Outside CI, without them it is skipped and says why; under <c>CI=true</c>
/// it runs anyway and fails on the missing tool, so that a CI machine without them cannot pass by skipping.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ContainerFactAttribute : FactAttribute
{
    public ContainerFactAttribute()
    {
        if (!ContainerTools.IsContinuousIntegration && ContainerTools.Problem is { } problem)
        {
            Skip = problem;
        }
    }
}
