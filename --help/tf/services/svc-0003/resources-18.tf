resource "aws_cloudwatch_log_group" "r18_0" {
  name = "${local.name}-18-0"
  tags = merge(local.tags, { part = "18" })
  description = "generated resource 68281 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r18_1" {
  name = "${local.name}-18-1"
  tags = merge(local.tags, { part = "18" })
  description = "generated resource 94253 for benchmarks; mentions 0.0.0.0/0 only in text"
}

