using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Samenwerking.Api.PublicRegister.Pages;
using Samenwerking.Application.Collaborations.ExportRegister;
using Samenwerking.Application.Collaborations.RegisterOverview;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Application.Common.Paging;
using Samenwerking.Application.Evaluations.ListEvaluations;
using Samenwerking.Application.Municipalities;
using Samenwerking.Application.Municipalities.GetMunicipality;
using Samenwerking.Application.Municipalities.ListMunicipalities;
using Samenwerking.Application.Municipalities.ListMunicipalityCollaborations;
using Samenwerking.Domain.Common;

namespace Samenwerking.Api.PublicRegister;

/// <summary>
/// The register's Dutch web pages, rendered on the server as Razor components from the Application's own queries: no
/// client-side code, so every page works without JavaScript. Open to anyone, rate limited like the anonymous reads.
/// </summary>
public static class RegisterPageEndpoints
{
    public static void MapRegisterPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup(RegisterPaths.Root).AllowAnonymous().ExcludeFromDescription()
            .RequireRateLimiting(PublicRateLimit.PolicyName);
        if (app.ServiceProvider.GetRequiredService<PublicRegisterSettings>().PageCacheSeconds > 0)
        {
            pages.CacheOutput(PublicRegisterSetup.PageCachePolicy);
        }
        pages.MapGet("", Overview);
        pages.MapGet("/zoeken", Search);
        pages.MapGet("/gemeenten/{code}", Municipality);
        pages.MapGet("/samenwerkingen/{id}", Collaboration);
        pages.MapGet("/toegankelijkheid", () => new RazorComponentResult<AccessibilityPage>());
        pages.MapGet("/register.css", Stylesheet);
    }

    private static async Task<IResult> Overview(IMediator mediator, TimeProvider time, CancellationToken cancellationToken)
    {
        var overview = await mediator.Send(new GetRegisterOverviewQuery(), cancellationToken);
        return new RazorComponentResult<OverviewPage>(new
        {
            Overview = overview,
            Municipalities = await MunicipalitiesAsync(mediator, cancellationToken),
            ReadAt = time.GetUtcNow(),
        });
    }

    private static async Task<IResult> Search(HttpRequest request, IMediator mediator, CancellationToken cancellationToken)
    {
        var criteria = SearchCriteria.From(request.Query);
        var result = await mediator.Send(criteria.ToQuery(), cancellationToken);
        return new RazorComponentResult<SearchPage>(new
        {
            Criteria = criteria,
            Result = result,
            Municipalities = await MunicipalitiesAsync(mediator, cancellationToken),
        });
    }

    private static async Task<IResult> Municipality(string code, HttpRequest request, IMediator mediator, TimeProvider time,
        CancellationToken cancellationToken)
    {
        code = code.ToUpperInvariant();
        if (!Domain.Municipalities.MunicipalityCode.IsValid(code))
        {
            return NotFound("Er is geen gemeente met deze code.");
        }

        var view = MunicipalityView.From(code, request.Query);
        try
        {
            var municipality = await mediator.Send(new GetMunicipalityQuery(code), cancellationToken);
            // A page of the municipality's list (its index, in name order), then the register lines of just those.
            var page = await mediator.Send(new ListMunicipalityCollaborationsQuery(code, view.LegalKind, Page: view.Page,
                PageSize: MunicipalityView.PageSize), cancellationToken);
            var lines = new Dictionary<Guid, RegisterRow>();
            if (page.Items.Count > 0)
            {
                // By id alone: the list has already found them among the municipality's, so no second check of it.
                await foreach (var row in mediator.CreateStream(new ExportRegisterQuery(null,
                                   CollaborationIds: [.. page.Items.Select(item => item.CollaborationId)]), cancellationToken))
                {
                    lines[row.Id] = row;
                }
            }

            return new RazorComponentResult<MunicipalityPage>(new
            {
                Municipality = municipality,
                View = view,
                Rows = page.Items.Where(item => lines.ContainsKey(item.CollaborationId)).Select(item => lines[item.CollaborationId]).ToList(),
                Page = page.Page,
                ReadAt = time.GetUtcNow(),
            });
        }
        catch (NotFoundException)
        {
            return NotFound("Er is geen gemeente met deze code.");
        }
    }

    private static async Task<IResult> Collaboration(string id, IMediator mediator, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var collaborationId))
        {
            return NotFound("Er is geen samenwerking met dit nummer.");
        }

        try
        {
            var record = await PublicCollaborationReading.ReadAsync(mediator, collaborationId, cancellationToken);
            var evaluations = await mediator.Send(new ListEvaluationsQuery(collaborationId), cancellationToken);
            return new RazorComponentResult<CollaborationPage>(new
            {
                Record = record,
                Evaluations = evaluations.OrderBy(e => e.EvaluatedOn)
                    .Select(e => new EvaluationPoint(e.EvaluatedOn, e.FrameworkName, Dutch.Words(DomainTerms.Of(e.Kind)), e.MeanScore)).ToList(),
            });
        }
        catch (NotFoundException)
        {
            return NotFound("Er is geen samenwerking met dit nummer.");
        }
    }

    private static IResult NotFound(string message) =>
        new RazorComponentResult<NotFoundPage>(new { Message = message }) { StatusCode = StatusCodes.Status404NotFound };

    private static IResult Stylesheet() => Results.Bytes(StylesheetBytes.Value, "text/css; charset=utf-8");

    private static readonly Lazy<byte[]> StylesheetBytes = new(() =>
    {
        using var stream = typeof(RegisterPageEndpoints).Assembly.GetManifestResourceStream("Samenwerking.Api.PublicRegister.register.css")
                           ?? throw new InvalidOperationException("The register's stylesheet is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>The municipalities in force today, by name, for the search form (about 350: a few pages).</summary>
    private static async Task<IReadOnlyList<MunicipalityDto>> MunicipalitiesAsync(IMediator mediator, CancellationToken cancellationToken)
    {
        var all = new List<MunicipalityDto>();
        for (var page = 1; ; page++)
        {
            var result = await mediator.Send(new ListMunicipalitiesQuery(null, null, null, page, Paging.MaxPageSize), cancellationToken);
            all.AddRange(result.Items);
            if (page >= result.Page.TotalPages)
            {
                return all.OrderBy(m => m.Name, StringComparer.Create(Dutch.Culture, ignoreCase: true)).ToList();
            }
        }
    }
}
