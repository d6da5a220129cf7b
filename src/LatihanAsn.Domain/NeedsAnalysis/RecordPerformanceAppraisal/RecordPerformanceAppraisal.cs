using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>Records an employee's performance appraisal for a year (result against target). Returns its identifier.</summary>
/// <param name="EmployeeId">The employee, in the caller's scope.</param>
/// <param name="Year">The year; not after the current one.</param>
/// <param name="Result">The result, 0 or more.</param>
/// <param name="Target">The target on the same scale, positive.</param>
[RequiresCapability(Capabilities.RecordsManage)]
public sealed record RecordPerformanceAppraisal(EmployeeId EmployeeId, int Year, decimal Result, decimal Target) : IRequest<AppraisalId>;

internal sealed class RecordPerformanceAppraisalValidator : AbstractValidator<RecordPerformanceAppraisal>
{
    public RecordPerformanceAppraisalValidator(TimeProvider time)
    {
        RuleFor(x => x.EmployeeId).Required();
        RuleFor(x => x.Year).InclusiveBetween(1950, 9999).WithMessage(_ => Messages.Get("NeedsAnalysis_YearInvalid"))
            .Must(year => year <= time.Today().Year).WithMessage(_ => Messages.Get("NeedsAnalysis_AppraisalYearMustNotInFuture"));
        RuleFor(x => x.Result).GreaterThanOrEqualTo(0m).WithMessage(_ => Messages.Get("NeedsAnalysis_ResultMustNotNegative"));
        RuleFor(x => x.Target).GreaterThan(0m).WithMessage(_ => Messages.Get("NeedsAnalysis_TargetMustPositive"));
    }
}

internal sealed class RecordPerformanceAppraisalHandler(IRepository<PerformanceAppraisal> appraisals, IReadRepository<Employee> employees, ICallerScopeAccessor scope, TimeProvider time, DomainEventPublisher events)
    : IRequestHandler<RecordPerformanceAppraisal, AppraisalId>
{
    public async Task<AppraisalId> Handle(RecordPerformanceAppraisal request, CancellationToken cancellationToken)
    {
        var employee = await Load.EmployeeAsync(employees, scope.Current, request.EmployeeId, cancellationToken).ConfigureAwait(false);
        var appraisal = PerformanceAppraisal.Record(AppraisalId.New(), employee, request.Year, request.Result, request.Target, time.GetUtcNow());
        await appraisals.AddAsync(appraisal, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(appraisal, cancellationToken).ConfigureAwait(false);
        return appraisal.Id;
    }
}
