import { errorFactory } from '../../platform/http/errors.js';

/** The QR module's own error codes and their HTTP status. */
export const QR_ERRORS = {
  QR_UNKNOWN: 404,
  QR_TARGET_TAKEN: 409,
  QR_NOT_LINKED: 409,
} as const;

export const qrError = errorFactory(QR_ERRORS);

export function unknownQrCode() {
  return qrError('QR_UNKNOWN', '未找到这个二维码：它可能不是本系统打印的标签，或编号输入有误');
}
