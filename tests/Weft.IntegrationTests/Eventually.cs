namespace Weft.IntegrationTests;

/// <summary>Waits for a condition that another process brings about, polling, up to a deadline.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, TimeSpan timeout, Func<Task<string>> describe)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Condition not met within {timeout}: {await describe()}");
            }

            await Task.Delay(25);
        }
    }
}
