using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Reference;
using LatihanAsn.Lampung.Hosting;

namespace LatihanAsn.Lampung.Seeding;

/// <summary>What the needs step recorded.</summary>
/// <param name="Respondents">Employees who answered the survey.</param>
/// <param name="Submissions">Submissions sent (a second one from the same employee replaces the first).</param>
/// <param name="Replaced">Submissions that replaced an earlier one.</param>
/// <param name="BlankRatings">Ratings left blank (importance or competence) in the submissions kept.</param>
/// <param name="Proposals">Topics proposed in the submissions kept.</param>
/// <param name="LearningActivities">Learning activities recorded for the demo year.</param>
/// <param name="PositionsToBeHeld">Employees named for a position to be held (promotion).</param>
/// <param name="Appraisals">Performance appraisals recorded.</param>
/// <param name="AppraisalsBelowTarget">Appraisals whose result is below the target.</param>
internal sealed record NeedsCounts(int Respondents, int Submissions, int Replaced, int BlankRatings, int Proposals, int LearningActivities, int PositionsToBeHeld, int Appraisals, int AppraisalsBelowTarget);

/// <summary>
/// Sends the needs step of a <see cref="DemoPlan"/> through the mediator, in the host's caller scope (the province):
/// <c>OpenNeedsSurvey</c> (Borich form, the nine competencies of the 2017 framework), then the imports
/// <c>ImportSurveyResponses</c>, <c>ImportLearningHours</c>, <c>NamePositionsToBeHeld</c> and
/// <c>ImportPerformanceAppraisals</c> in chunks of <see cref="ChunkRows"/> rows, all in one transaction.
/// </summary>
internal static class NeedsSeeder
{
    /// <summary>The survey's title.</summary>
    public const string SurveyTitle = "Analisis Kebutuhan Pengembangan Kompetensi (AKPK) Provinsi Lampung 2026";

    /// <summary>The most rows sent in one import request.</summary>
    public const int ChunkRows = 10_000;

    public static Task<(SurveyId Survey, NeedsCounts Counts)> SeedAsync(LampungHost host, DemoPlan plan, SeedResult seeded, CancellationToken cancellationToken = default) =>
        host.Database.InTransactionAsync(async () =>
        {
            var needs = plan.Needs;
            var employees = seeded.EmployeeIds;
            var items = Permenpanrb38Of2017.Competencies.Select(c => new SurveyItemInput(c.Code.Value)).ToArray();
            var survey = await host.SendAsync(new OpenNeedsSurvey(SurveyTitle, SurveyForm.Borich, items), cancellationToken);
            // Imports of at most ChunkRows rows each, in the plan's order: a later submission of the same employee
            // replaces the earlier one, within a chunk as across chunks.
            foreach (var chunk in needs.Responses.Chunk(ChunkRows))
            {
                await host.SendAsync(
                    new ImportSurveyResponses([.. chunk.Select(r => new SubmitSurveyResponse(
                        survey,
                        employees[r.Employee],
                        r.Answers.Select(a => new AnswerInput(a.Competency, a.Importance, a.Competence)).ToArray(),
                        r.Proposals.Select(p => new ProposalInput(p.Text, p.Competency)).ToArray()))]),
                    cancellationToken);
            }

            var learning = needs.Learning.Select((a, i) => new RecordLearningHours(
                employees[a.Employee], a.Date, a.Form, a.Minutes, a.Title, a.Days, a.DeclaredJp, a.International,
                a.Form == LearningForm.Pelatihan ? $"STTPL/{a.Date.Year}/{i + 1:00000}" : null));
            foreach (var chunk in learning.Chunk(ChunkRows))
            {
                await host.SendAsync(new ImportLearningHours(chunk), cancellationToken);
            }

            foreach (var chunk in needs.Promotions.Chunk(ChunkRows))
            {
                await host.SendAsync(new NamePositionsToBeHeld([.. chunk.Select(p => new NamePositionToBeHeld(employees[p.Employee], seeded.PositionIds[p.Position], CareerMove.Promotion))]), cancellationToken);
            }

            foreach (var chunk in needs.Appraisals.Chunk(ChunkRows))
            {
                await host.SendAsync(new ImportPerformanceAppraisals([.. chunk.Select(a => new RecordPerformanceAppraisal(employees[a.Employee], a.Year, a.Result, a.Target))]), cancellationToken);
            }

            var kept = needs.Responses.GroupBy(r => r.Employee).Select(g => g.Last()).ToList();
            return (survey, new NeedsCounts(
                kept.Count,
                needs.Responses.Count,
                needs.Responses.Count - kept.Count,
                kept.Sum(r => r.Answers.Count(a => a.Importance is null) + r.Answers.Count(a => a.Competence is null)),
                kept.Sum(r => r.Proposals.Count),
                needs.Learning.Count,
                needs.Promotions.Count,
                needs.Appraisals.Count,
                needs.Appraisals.Count(a => a.Result < a.Target)));
        }, cancellationToken);
}
