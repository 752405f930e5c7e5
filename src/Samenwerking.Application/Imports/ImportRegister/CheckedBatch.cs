using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Imports.ImportRegister;

/// <summary>One batch of rows, checked: the collaborations its new rows register, the rows already registered, and every problem.</summary>
internal sealed record CheckedBatch(int Rows, IReadOnlyList<Collaboration> Created, IReadOnlyList<ExistingRow> AlreadyRegistered,
    IReadOnlyList<ImportProblem> Problems, bool TextRefused);
