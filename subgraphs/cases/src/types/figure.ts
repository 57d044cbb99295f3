import {
  changeBetween,
  type Change,
  LocalDate,
  type Period,
  previousPeriod,
  Public,
  suppress,
} from "@partnership/runtime";
import { Field, Int, ObjectType } from "type-graphql";

/**
 * How a headline figure is counted over any period, and how it is published to the caller: what
 * its comparison with the previous period needs. One source serves a figure and every period it
 * is compared with, so each period is counted at most once however many fields ask for it.
 */
export class FigureSource {
  private readonly counted = new Map<string, Promise<Figure>>();

  constructor(
    private readonly countOver: (period: Period) => Promise<number>,
    private readonly detailAccess: boolean,
  ) {}

  /** The figure for a period, through the one suppression routine. */
  figure(period: Period): Promise<Figure> {
    const key = `${period.from}..${period.to}`;
    let figure = this.counted.get(key);
    if (!figure) {
      figure = this.countOver(period).then((count) =>
        Object.assign(new Figure(), { ...suppress(count, this.detailAccess), ...period, source: this }),
      );
      this.counted.set(key, figure);
    }
    return figure;
  }
}

@ObjectType({
  description:
    "A single figure for a period: exact for callers with detail access; for others withheld when from 1 to 4, else rounded to a multiple of 5. `previous`, `change` and `changePercent` compare it with the period of the same length just before (a year with the year before), as annual reports do ('38% more than last year').",
})
@Public()
export class Figure {
  @Field(() => Int, { nullable: true, description: "The figure; null when suppressed." })
  count: number | null;

  @Field(() => Boolean, { description: "True when the figure is withheld (it was from 1 to 4)." })
  suppressed: boolean;

  @Field(() => LocalDate, { description: "First day of the period counted." })
  from: string;

  @Field(() => LocalDate, { description: "Last day of the period counted." })
  to: string;

  /** How to count the same figure over another period; not in the schema. */
  source: FigureSource;

  @Field(() => Figure, {
    description:
      "The same figure for the period of the same length just before this one, published the same way. A period of whole calendar months moves back by its number of months (a financial year compares with the previous financial year, a quarter with the quarter before); any other period by its number of days, ending the day before this one starts. Its own `previous` goes one period further back.",
  })
  previous(): Promise<Figure> {
    return this.source.figure(previousPeriod(this));
  }

  @Field(() => Int, {
    nullable: true,
    description:
      "This figure minus `previous`, from the figures as published to the caller (for callers without detail access, the rounded ones); null when either is withheld.",
  })
  async change(): Promise<number | null> {
    return (await this.comparison()).change;
  }

  @Field(() => Int, {
    nullable: true,
    description:
      "`change` as a whole percent of `previous` (rounded half away from zero: 38 for 38% more, -38 for 38% fewer), from the figures as published to the caller; null when either is withheld or `previous` is 0.",
  })
  async changePercent(): Promise<number | null> {
    return (await this.comparison()).changePercent;
  }

  private async comparison(): Promise<Change> {
    return changeBetween(this, await this.previous());
  }
}
