/**
 * The agenda's slot of each lecture: the day, the start and end time, as the course overview and the two-day agenda
 * print them. One list for every consumer, so the presenter's clock, the deck tests and the agenda check agree; the
 * agenda pages keep the times in their own headings (so they stay searchable text), and `agendaSlots.test.ts` holds
 * those headings to this list.
 */
export interface LectureSlot {
	/** The lecture's number in the syllabus, 1–8. */
	lecture: number;
	day: 1 | 2;
	/** Local start time, `HH:MM`. */
	start: string;
	/** Local end time, `HH:MM`. */
	end: string;
}

export const lectureSlots: readonly LectureSlot[] = [
	{ lecture: 1, day: 1, start: '09:00', end: '10:15' },
	{ lecture: 2, day: 1, start: '10:30', end: '12:00' },
	{ lecture: 3, day: 1, start: '13:30', end: '15:00' },
	{ lecture: 4, day: 1, start: '15:15', end: '16:45' },
	{ lecture: 5, day: 2, start: '09:00', end: '10:30' },
	{ lecture: 6, day: 2, start: '10:45', end: '12:00' },
	{ lecture: 7, day: 2, start: '13:30', end: '14:45' },
	{ lecture: 8, day: 2, start: '15:00', end: '16:30' },
];

/** Minutes since midnight of an `HH:MM` time. */
function minutesOfDay(time: string): number {
	const [hours = 0, minutes = 0] = time.split(':').map(Number);
	return hours * 60 + minutes;
}

/** The length in minutes of a lecture's slot; throws for a lecture the agenda does not have. */
export function slotMinutes(lecture: number): number {
	const slot = lectureSlots.find((s) => s.lecture === lecture);
	if (!slot) throw new Error(`No agenda slot for lecture ${lecture}`);
	return minutesOfDay(slot.end) - minutesOfDay(slot.start);
}

/** The slot as the agenda writes it, e.g. `09:00–10:15` (with an en dash). */
export function slotRange(slot: LectureSlot): string {
	return `${slot.start}–${slot.end}`;
}
