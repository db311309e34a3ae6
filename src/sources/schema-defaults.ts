import scheduleSchema from '../../schemas/schedule.schema.json';

/** The schema states the defaults (editors show them); the checks and the model take them from there. */
export const defaultAttendeeKinds: readonly string[] = scheduleSchema.properties.attendeeKinds.default;
export const defaultWalkInRows: number = scheduleSchema.properties.walkInRows.default;
