namespace Weft.Storage;

/// <summary>Something a run asks the store to record; the <see cref="StoreWriter"/> writes queued records in batched transactions.</summary>
internal abstract class PendingRecord
{
    /// <summary>Writes the record inside the batch's transaction.</summary>
    public abstract void Write(WriterStatements statements);

    /// <summary>Called once the batch holding this record committed, or with the error that prevented it.</summary>
    public virtual void Completed(Exception? failure)
    {
    }
}
