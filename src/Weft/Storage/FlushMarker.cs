namespace Weft.Storage;

/// <summary>Completes once every record queued before it has committed.</summary>
internal sealed class FlushMarker : PendingRecord
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Task => _done.Task;

    public override void Write(WriterStatements statements)
    {
    }

    public override void Completed(Exception? failure)
    {
        if (failure is null)
        {
            _done.TrySetResult();
        }
        else
        {
            _done.TrySetException(failure);
        }
    }
}
