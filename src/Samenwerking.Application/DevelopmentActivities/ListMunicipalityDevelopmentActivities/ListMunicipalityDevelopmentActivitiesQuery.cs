using Mediator;
using Samenwerking.Application.Common.Paging;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.DevelopmentActivities.ListMunicipalityDevelopmentActivities;

/// <summary>
/// The learning of a municipality: the trainings, masterclasses, leergangen and intervisie of every collaboration it takes
/// part in, planned and held (or only those of one status), the latest date first.
/// </summary>
/// <param name="Code">CBS code of the municipality.</param>
/// <param name="Status">Only activities with this status; without it, planned and held ones.</param>
/// <param name="From">Only those on or after this date: <c>from</c> today lists what is coming.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page.</param>
public sealed record ListMunicipalityDevelopmentActivitiesQuery(string Code, DevelopmentActivityStatus? Status, DateOnly? From, int Page, int PageSize)
    : IQuery<PagedResult<MunicipalityDevelopmentActivityDto>>;
