namespace Weft.Storage;

/// <summary>One step of the metadata schema's history: applied once, in version order, and recorded in <c>schema_migrations</c>.</summary>
/// <param name="Version">The schema version it brings the database to.</param>
/// <param name="Description">What it adds.</param>
/// <param name="Sql">The statements.</param>
internal sealed record Migration(int Version, string Description, string Sql);
