import { type BaseContext, SnapshotReader } from "@partnership/runtime";
import { createLoaders, type TrainingLoaders } from "./loaders/index.js";
import { AttendanceService } from "./services/attendance-service.js";
import { CertificateListService } from "./services/certificate-lists.js";
import { CourseService } from "./services/course-service.js";
import { LmsImportService } from "./services/lms-import-service.js";
import { SessionService } from "./services/session-service.js";
import { TrainingStatisticsService } from "./services/training-statistics-service.js";

export interface TrainingContext extends BaseContext {
  loaders: TrainingLoaders;
  attendance: AttendanceService;
  lmsImport: LmsImportService;
  statistics: TrainingStatisticsService;
  courses: CourseService;
  sessions: SessionService;
  certificates: CertificateListService;
}

export function createContext(base: BaseContext): TrainingContext {
  return {
    ...base,
    loaders: createLoaders(base),
    attendance: new AttendanceService(base.dataSource),
    lmsImport: new LmsImportService(base.dataSource, base.clock),
    statistics: new TrainingStatisticsService(new SnapshotReader(base.dataSource, base.resources), base.dataSource),
    courses: new CourseService(base.dataSource),
    sessions: new SessionService(base.dataSource, base.clock),
    certificates: new CertificateListService(base.dataSource, base.clock),
  };
}
