namespace Weft.Storage;

/// <summary>The end of a run: its final status, time and error.</summary>
internal sealed class RunFinishedRow(string runId, RunStatus status, DateTimeOffset finishedAt, string? error) : PendingRecord
{
    public override void Write(WriterStatements statements) => statements.FinishRun(runId, status, finishedAt, error);
}
