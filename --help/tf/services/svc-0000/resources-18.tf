resource "aws_cloudwatch_log_group" "r18_0" {
  name = "${local.name}-18-0"
  tags = merge(local.tags, { part = "18" })
  description = "generated resource 94181 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r18_1" {
  name = "${local.name}-18-1"
  tags = merge(local.tags, { part = "18" })
  description = "generated resource 4056 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r18_2" {
  name = "${local.name}-18-2"
  tags = merge(local.tags, { part = "18" })
  description = "generated resource 76057 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r18_3" {
  name = "${local.name}-18-3"
  tags = merge(local.tags, { part = "18" })
  description = "generated resource 33649 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r18_4" {
  name = "${local.name}-18-4"
  tags = merge(local.tags, { part = "18" })
  description = "generated resource 82689 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r18_5" {
  name = "${local.name}-18-5"
  tags = merge(local.tags, { part = "18" })
  description = "generated resource 66494 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r18_6" {
  name = "${local.name}-18-6"
  tags = merge(local.tags, { part = "18" })
  description = "generated resource 24062 for benchmarks; mentions 0.0.0.0/0 only in text"
}

