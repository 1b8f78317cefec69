import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ApiError, api, apiRequest } from '../../lib/api.ts';
import { emailField, optionalText } from '../../lib/schemas.ts';

// Staff side of the event day: live figures and accommodations. Its own file (with Zod),
// so the participants' play chunk does not carry form code.

export interface LiveFigures {
  inProgress: number;
  started: number;
  finished: number;
  activeNow: number;
  answersLastMinute: number;
  lateAnswers: number;
}

export const LIVE_REFRESH_MS = 5000;

export const liveKeys = {
  figures: (editionId: string) => ['play', 'live', editionId] as const,
  edition: (editionId: string) => ['quiz', 'editions', editionId, 'name'] as const,
};

export const liveFiguresQueryOptions = (editionId: string) =>
  queryOptions({
    queryKey: liveKeys.figures(editionId),
    queryFn: ({ signal }) =>
      api.get<LiveFigures>(`/api/play/editions/${encodeURIComponent(editionId)}/live`, undefined, signal),
    refetchInterval: LIVE_REFRESH_MS,
    staleTime: 0,
  });

export const useLiveFigures = (editionId: string) => useQuery(liveFiguresQueryOptions(editionId));

/** The edition's name and year, for the page title. */
export const useEditionName = (editionId: string) =>
  useQuery({
    queryKey: liveKeys.edition(editionId),
    queryFn: ({ signal }) =>
      api.get<{ edition: { id: string; name: string; year: number } }>(
        `/api/quiz/editions/${encodeURIComponent(editionId)}`,
        undefined,
        signal,
      ),
    select: (data) => data.edition,
    staleTime: 5 * 60_000,
  });

/** The accommodation form; its output is what the page sends (the person is looked up by e-mail). */
export const accommodationSchema = z.object({
  email: emailField,
  extraTimeFactor: z
    .number('quizPlay.accommodation.factorRange')
    .min(1, 'quizPlay.accommodation.factorRange')
    .max(3, 'quizPlay.accommodation.factorRange'),
  note: optionalText(500),
});
export type AccommodationInput = z.output<typeof accommodationSchema>;
export type AccommodationFormValues = z.input<typeof accommodationSchema>;

interface PersonHit {
  id: string;
  name: string;
  email: string;
}

/** Finds the one person with exactly this e-mail address through the admin people search. */
export async function findPersonByEmail(email: string): Promise<PersonHit> {
  const { items } = await api.get<{ items: PersonHit[] }>('/api/admin/people', { q: email, pageSize: 10 });
  const wanted = email.trim().toLowerCase();
  const person = items.find((p) => p.email.toLowerCase() === wanted);
  if (!person) {
    throw new ApiError(404, 'person_not_found', 'No person with this e-mail address.', {
      fields: [{ field: 'email', code: 'person_not_found', message: 'No person with this e-mail address.' }],
    });
  }
  return person;
}

/** Grants extra time; resolves with the person it was granted to. */
export function useGrantAccommodation(editionId: string) {
  return useMutation({
    mutationFn: async (input: AccommodationInput) => {
      const person = await findPersonByEmail(input.email);
      await apiRequest<void>(
        `/api/play/editions/${encodeURIComponent(editionId)}/accommodations/${encodeURIComponent(person.id)}`,
        {
          method: 'PUT',
          body: { extraTimeFactor: input.extraTimeFactor, ...(input.note ? { note: input.note } : {}) },
        },
      );
      return person;
    },
  });
}
