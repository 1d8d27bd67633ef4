resource "aws_dynamodb_table" "r8_0" {
  name = "${local.name}-8-0"
  tags = merge(local.tags, { part = "8" })
  description = "generated resource 6577 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r8_1" {
  name = "${local.name}-8-1"
  tags = merge(local.tags, { part = "8" })
  description = "generated resource 97612 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r8_2" {
  name = "${local.name}-8-2"
  tags = merge(local.tags, { part = "8" })
  description = "generated resource 80962 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r8_3" {
  name = "${local.name}-8-3"
  tags = merge(local.tags, { part = "8" })
  description = "generated resource 31463 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r8_4" {
  name = "${local.name}-8-4"
  tags = merge(local.tags, { part = "8" })
  description = "generated resource 73479 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r8_5" {
  name = "${local.name}-8-5"
  tags = merge(local.tags, { part = "8" })
  description = "generated resource 98219 for benchmarks; mentions 0.0.0.0/0 only in text"
}

