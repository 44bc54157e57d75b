using static Weft.Analyzers.Tests.ContainerRun;

namespace Weft.Analyzers.Tests;

public sealed class ContainerTests
{
    private const string Digest = "sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945";

    [Theory]
    [InlineData("python:3.12")]
    [InlineData("ghcr.io/acme/trainer")]
    [InlineData("ghcr.io/acme/trainer@")]
    public Task ImageWithoutADigest_IsReportedOnPipelineAndStep(string reference) => VerifyAsync($$"""
        using Weft;

        [Image({|#0:"{{reference}}"|})]
        public static class Training
        {
            [Step, Image({|#1:"{{reference}}"|})] public static int Fit(int x) => x;
        }
        """,
        Expect(ContainerDescriptors.UnpinnedImage, 0, reference),
        Expect(ContainerDescriptors.UnpinnedImage, 1, reference));

    [Theory]
    [InlineData("repo@sha256:abc", "it has 3 hex digits where a sha256 digest has 64")]
    [InlineData("ghcr.io/acme/trainer:latest@sha256:4f53", "it has 4 hex digits where a sha256 digest has 64")]
    [InlineData("ghcr.io/acme/trainer@sha256:", "it has 0 hex digits where a sha256 digest has 64")]
    [InlineData("ghcr.io/acme/trainer@" + Digest + "0", "it has 65 hex digits where a sha256 digest has 64")]
    [InlineData("ghcr.io/acme/trainer@sha256:4F53CDA18C2BAA0C0354BB5F9A3ECBE5ED12AB4D8E11BA873C2F11161202B945", "its hex digits are in upper case")]
    [InlineData("ghcr.io/acme/trainer@sha256:4g53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945", "'g' is not a hex digit")]
    [InlineData("ghcr.io/acme/trainer@4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945", "'4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945' is not a sha256 digest")]
    public Task ImageWithAMalformedDigest_SaysWhatIsWrongWithIt_NotThatItIsUnpinned(string reference, string problem) => VerifyAsync($$"""
        using Weft;

        [Image({|#0:"{{reference}}"|})]
        public static class Training
        {
            [Step, Image({|#1:"{{reference}}"|})] public static int Fit(int x) => x;
        }
        """,
        Expect(ContainerDescriptors.MalformedDigest, 0, reference, problem),
        Expect(ContainerDescriptors.MalformedDigest, 1, reference, problem));

    [Theory]
    [InlineData("ghcr.io/acme/trainer@" + Digest)]
    [InlineData("ghcr.io/acme/trainer:1.4@" + Digest)]
    [InlineData("localhost:5000/trainer@" + Digest)]
    public Task ImagePinnedToADigest_IsNotReported(string reference) => VerifyAsync($$"""
        using Weft;

        [Image("{{reference}}")]
        public static class Training
        {
            [Step, Image("{{reference}}")] public static int Fit(int x) => x;
        }
        """);

    [Theory]
    [InlineData("Cpu", "-1", "a request cannot be negative")]
    [InlineData("Cpu", "0", "a request of zero asks for nothing; leave it out instead")]
    [InlineData("Cpu", "two", "it is not a number with an optional unit such as 500m, 2 or 4Gi")]
    [InlineData("Cpu", "1.2.3", "it is not a number with an optional unit such as 500m, 2 or 4Gi")]
    [InlineData("Memory", "2GB", "'GB' is not a unit (use m, k, M, G, T, Ki, Mi, Gi, Ti, ...)")]
    [InlineData("Memory", "", "it is empty")]
    [InlineData("Memory", "-512Mi", "a request cannot be negative")]
    public Task ResourceKubernetesWouldReject_IsReported(string name, string value, string problem) => VerifyAsync($$"""
        using Weft;

        public static class Training
        {
            [Step, Resources({|#0:{{name}} = "{{value}}"|})] public static int Fit(int x) => x;
        }
        """,
        Expect(ContainerDescriptors.InvalidResource, 0, name, value, problem));

    [Fact]
    public Task NegativeGpuCount_IsReported() => VerifyAsync("""
        using Weft;

        [Resources(Cpu = "1", {|#0:Gpu = -1|})]
        public static class Training
        {
            [Step] public static int Fit(int x) => x;
        }
        """,
        Expect(ContainerDescriptors.InvalidResource, 0, "Gpu", "-1", "a GPU count cannot be negative"));

    [Theory]
    [InlineData("2", "2Gi")]
    [InlineData("500m", "512Mi")]
    [InlineData("0.5", "1e9")]
    [InlineData("+1.5", "128974848")]
    [InlineData("100m", "1G")]
    public Task ResourcesKubernetesAccepts_AreNotReported(string cpu, string memory) => VerifyAsync($$"""
        using Weft;

        public static class Training
        {
            [Step, Resources(Cpu = "{{cpu}}", Memory = "{{memory}}", Gpu = 1)] public static int Fit(int x) => x;
        }
        """);

    [Theory]
    [InlineData("0 3 * *", "it has 4 fields, not 5 (minute hour day-of-month month day-of-week)")]
    [InlineData("60 3 * * *", "the minute field '60': '60' is not a value from 0 to 59")]
    [InlineData("0 24 * * *", "the hour field '24': '24' is not a value from 0 to 23")]
    [InlineData("0 3 0 * *", "the day of month field '0': '0' is not a value from 1 to 31")]
    [InlineData("0 3 * FOO *", "the month field 'FOO': 'FOO' is not a value from 1 to 12 or a name")]
    [InlineData("*/0 * * * *", "the minute field '*/0': '0' is not a step above zero")]
    [InlineData("0 5-2 * * *", "the hour field '5-2': the range '5-2' runs backwards")]
    [InlineData("CRON_TZ=Europe/Paris 0 3 * * *", "a time zone prefix ('CRON_TZ=Europe/Paris') is not allowed: Kubernetes rejects it, and the schedule runs in the cluster's time zone")]
    [InlineData("TZ=UTC 0 3 * * *", "a time zone prefix ('TZ=UTC') is not allowed: Kubernetes rejects it, and the schedule runs in the cluster's time zone")]
    [InlineData("@every 5m", "'@every 5m' is not one of @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly")]
    public Task ScheduleThatDoesNotParse_IsReported(string cron, string problem) => VerifyAsync($$"""
        using Weft;

        [Schedule({|#0:"{{cron}}"|})]
        public static class Nightly
        {
            [Step] public static int Fit(int x) => x;
        }
        """,
        Expect(ContainerDescriptors.InvalidSchedule, 0, cron, problem));

    [Theory]
    [InlineData("0 3 * * *")]
    [InlineData("*/15 9-17 * * MON-FRI")]
    [InlineData("0,30 0 1,15 jan-jun 0")]
    [InlineData("5 4 ? * 7")]
    [InlineData("@daily")]
    public Task ScheduleThatParses_IsNotReported(string cron) => VerifyAsync($$"""
        using Weft;

        [Schedule("{{cron}}")]
        public static class Nightly
        {
            [Step] public static int Fit(int x) => x;
        }
        """);
}
