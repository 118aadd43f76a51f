-- Each instance takes reference numbers in blocks of 50 (ReferenceNumbers): one sequence call per 50 submissions
-- instead of one per submission. Numbers stay unique; a block left unused by a restart leaves a gap.
alter sequence submission_reference_seq increment by 50;
